from ip_cycpkg2 import sub
