"""Packages: everything under src/, plus the shipped data folder ``resources/`` (beside src/)
as ``congress_desk.resources``. The rest of the configuration is in pyproject.toml; this file
exists because its ``packages.find`` cannot add a package that lives outside ``where``."""

from setuptools import find_packages, setup

setup(packages=[*find_packages("src"), "congress_desk.resources"])
