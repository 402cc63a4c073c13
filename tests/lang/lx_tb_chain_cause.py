# An uncaught chain through "raise ... from": three exceptions, direct cause.
class ConfigError(Exception):
    pass

def read(d, key):
    return d[key]

def setting(d, key):
    try:
        return read(d, key)
    except KeyError as e:
        raise ConfigError("missing setting %r" % key) from e

def start(d):
    try:
        return setting(d, "port")
    except ConfigError as e:
        raise RuntimeError("cannot start") from e

start({"host": "x"})
