print("running ip_pkg.sub_a, package", __package__)
A = "a"
