# -*- coding: latin-1 -*-
été = "abc
