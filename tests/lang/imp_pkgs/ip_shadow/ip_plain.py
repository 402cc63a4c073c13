print("the shadowing ip_plain")
