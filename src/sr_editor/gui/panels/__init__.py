"""The docked panels beside the editor: article metadata, images, problems."""
