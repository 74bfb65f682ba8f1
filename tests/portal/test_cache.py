"""The file cache that all gunicorn workers of a host share when there is no Redis."""

from portal.cache import SharedFileCache


def make(tmp_path, **options):
    return SharedFileCache(str(tmp_path), {"OPTIONS": options, "TIMEOUT": 300})


def test_workers_see_each_others_writes_and_deletes(tmp_path):
    worker_a, worker_b = make(tmp_path), make(tmp_path)
    worker_a.set("trang-chu", "<html>bản mới</html>")
    assert worker_b.get("trang-chu") == "<html>bản mới</html>"
    worker_b.delete("trang-chu")
    assert worker_a.get("trang-chu") is None


def test_the_directory_is_culled_only_every_n_writes(tmp_path):
    cache = make(tmp_path, MAX_ENTRIES=5, CULL_FREQUENCY=2, CULL_EVERY=10)
    for i in range(9):
        cache.set(f"k{i}", i)
    assert len(list(tmp_path.glob("*.djcache"))) == 9  # over MAX_ENTRIES, not yet checked
    cache.set("k9", 9)  # the 10th write checks the directory and culls
    assert len(list(tmp_path.glob("*.djcache"))) < 9
