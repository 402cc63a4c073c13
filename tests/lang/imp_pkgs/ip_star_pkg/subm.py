print("running ip_star_pkg.subm")
S = "s"
