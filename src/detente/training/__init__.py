"""Training scripts for the learned models shipped in the package; run them as modules (`python -m detente.training.<name>`)."""
