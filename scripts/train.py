#!/usr/bin/env python
"""Train a GPT-2 or Llama model from scratch on a text: `python scripts/train.py --help`.

With no options: a small Llama 3 on the docstrings of Python's standard library, a few minutes on 2 CPU cores.
The original interface works as written: `python scripts/train.py --data_path data/the-verdict.txt --llm gpt2 --size 124`.
Several processes: `torchrun --nproc_per_node 2 scripts/train.py ...`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # works from a checkout even without `pip install -e .`

from llm_torch.cli import train_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(train_main())
