"""The newsroom loop on the site: notes between editor and writer, review actions, who is editing, revisions."""
