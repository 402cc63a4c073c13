from ip_cyc_c import C
D = "d"
