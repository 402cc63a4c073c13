import ip_cyc_ok_b


def get():
    return ip_cyc_ok_b.value()


A = "ok-a"
