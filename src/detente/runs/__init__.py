"""Running the coder at scale: several processes on one machine (`parallel`), or a Dask cluster (`dask`)."""
