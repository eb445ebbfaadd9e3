"""The editor's view of a site: the Site panel, "Compare with the site" and the three-way merge of a conflict."""
