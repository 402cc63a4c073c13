import sys
print("running ip_fail; in sys.modules:", __name__ in sys.modules)
raise ValueError("ip_fail cannot load")
