"""Counts its own executions, for importlib.reload."""
import sys
sys.ip_counter_runs = getattr(sys, "ip_counter_runs", 0) + 1
RUNS = sys.ip_counter_runs
