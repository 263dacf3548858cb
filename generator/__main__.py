import os
import sys

from .cli import main

code = main()
# Skip the interpreter's teardown: freeing a multi-MB document object by object takes a quarter
# of a second, for nothing. Everything was written and closed by now; flush what was printed.
try:
    sys.stdout.flush()
    sys.stderr.flush()
except BrokenPipeError:  # the reader went away (`| head`): nothing left to tell it
    pass
os._exit(code)
