"""Validate docker-compose.yml without a Docker engine: YAML syntax, known keys, and what the README relies on."""
import sys

import yaml

TOP = {"services", "volumes", "networks", "configs", "secrets", "name", "version"}
SERVICE = {"build", "image", "command", "entrypoint", "working_dir", "volumes", "ports", "environment", "env_file",
           "deploy", "shm_size", "stdin_open", "tty", "ipc", "ulimits", "runtime", "depends_on", "restart",
           "container_name", "user", "networks", "gpus", "labels", "healthcheck", "profiles"}


def check(path):
    errors = []
    with open(path) as f: doc = yaml.safe_load(f)
    if not isinstance(doc, dict): return [f"{path}: top level must be a mapping"]
    errors += [f"unknown top-level key {k!r}" for k in doc if k not in TOP]
    dev = (doc.get("services") or {}).get("dev")
    if not isinstance(dev, dict): return errors + ["service 'dev' is missing"]
    errors += [f"services.dev: unknown key {k!r}" for k in dev if k not in SERVICE]
    build = dev.get("build")
    ctx = build if isinstance(build, str) else (build or {}).get("context")
    if ctx != ".": errors.append(f"services.dev.build.context must be '.', got {ctx!r}")
    if not any(str(p).split(":")[-1] == "8888" for p in dev.get("ports", [])): errors.append("port 8888 is not published")
    if not any(str(v).split(":")[0] == "." for v in dev.get("volumes", [])): errors.append("the repo ('.') is not mounted")
    devices = (((dev.get("deploy") or {}).get("resources") or {}).get("reservations") or {}).get("devices") or []
    if not any("gpu" in (d.get("capabilities") or []) for d in devices): errors.append("no GPU reservation (deploy.resources.reservations.devices)")
    return errors


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "docker-compose.yml"
    errs = check(path)
    for e in errs: print(f"{path}: {e}")
    if errs: sys.exit(1)
    print(f"{path}: ok")
