from ip_cyc_d import D
C = "c"
