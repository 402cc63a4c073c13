print("ip_cyc_a starts")
import ip_cyc_b
X = "x from a"
print("ip_cyc_a ends")
