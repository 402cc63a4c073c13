import ip_cycpkg
print(ip_cycpkg.c)
