print("running ip_pkg.inner")
