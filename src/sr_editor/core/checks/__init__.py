"""The checks with stable ids that block (errors) or warn before publishing."""
