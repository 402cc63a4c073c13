print("ip_cyc_b starts")
import ip_cyc_a
print("ip_cyc_b sees", ip_cyc_a.X)
