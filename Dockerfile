# llm_torch: JupyterLab with the CUDA build of the pinned torch.
# Default: CUDA 12.8, which NVIDIA RTX 50-series (Blackwell, sm_120) needs. For another GPU pick a matching pair, e.g.
#   docker-compose build --build-arg CUDA_TAG=12.6.3-runtime-ubuntu24.04 --build-arg TORCH_CUDA=cu126
ARG CUDA_TAG=12.8.1-runtime-ubuntu24.04
FROM nvidia/cuda:${CUDA_TAG}

ARG TORCH_VERSION=2.13.0
ARG TORCH_CUDA=cu128
ENV DEBIAN_FRONTEND=noninteractive \
    PIP_NO_CACHE_DIR=1 \
    PYTHONUNBUFFERED=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH

# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-venv python3-dev build-essential git ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && python3 -m venv /opt/venv

WORKDIR /workspace

# the CUDA build of torch first, so that requirements.txt (which pins the same version) installs nothing more
RUN pip install --upgrade pip==25.3 \
    && pip install "torch==${TORCH_VERSION}" --index-url "https://download.pytorch.org/whl/${TORCH_CUDA}"

# dependencies in their own layer; the editable install of the package happens once the source is copied
COPY requirements.txt ./
RUN grep -v '^-e' requirements.txt > /tmp/requirements-deps.txt \
    && pip install -r /tmp/requirements-deps.txt

COPY . .
RUN pip install --no-deps -e .

EXPOSE 8888
CMD ["jupyter", "lab", "--ip=0.0.0.0", "--port=8888", "--no-browser", "--allow-root", "--ServerApp.root_dir=/workspace"]
