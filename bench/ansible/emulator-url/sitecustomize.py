# Points community.digitalocean's default API URL at the emulator, for the one module that takes no
# `baseurl` option (digital_ocean_domain_record). The modules' code runs unchanged: after the
# collection's helper module is imported, its class attribute `DigitalOceanHelper.baseurl` (the
# default every module falls back to) is set from DO_BASEURL. Only on PYTHONPATH in the benchmark.
import importlib.abc
import importlib.machinery
import os
import sys

_TARGET = "ansible_collections.community.digitalocean.plugins.module_utils.digital_ocean"


class _PointAtEmulator(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != _TARGET or not os.environ.get("DO_BASEURL"):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return None
        spec.loader = _SetBaseUrl(spec.loader)
        return spec


class _SetBaseUrl(importlib.abc.Loader):
    def __init__(self, loader):
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        module.DigitalOceanHelper.baseurl = os.environ["DO_BASEURL"]


sys.meta_path.insert(0, _PointAtEmulator())
