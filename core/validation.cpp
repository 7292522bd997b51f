// Written by its owner; placeholder so the tree configures.
