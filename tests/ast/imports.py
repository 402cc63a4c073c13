# Every import form.
import os
import os.path
import os.path as p, sys
from os import path
from os import (path as p2,
                sep)
from . import sibling
from .. import parent
from .mod import name
from ...pkg.mod import *
from __future__ import annotations
