// Nothing to install: the runner machine already has it.
