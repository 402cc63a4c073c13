import ip_cyc_ok_a


def value():
    return ip_cyc_ok_a.A + "+ok-b"
