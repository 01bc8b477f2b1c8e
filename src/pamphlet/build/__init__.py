"""Stage 5, build: the batch runner over many sources: plan the jobs, skip what is
unchanged (one cache store), run the rest in parallel workers, write, report, watch."""
