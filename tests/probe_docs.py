"""Small documents in the relation probes' frame, read by the real stages (shared by the probe-round tests)."""


def read_doc(tmp_path, *paragraphs):
    """Build the paragraphs into a PDF under the probes' front matter and read it: checks and flags as
    (rule, outcome, sorted raws) and (rule, sorted raws)."""
    from bench import probes as B
    md = "<!-- test document -->\n# 上海科技进步报告\n\n# 编委会\n\n# 综述\n\n## SUMMARIZE\n\n" + "\n\n".join(paragraphs) + "\n"
    claims, checks, flags, lines = B.read(md, tmp_path)
    raw = {c.claim_id: c.raw for c in claims}
    return [(k.rule, k.outcome, sorted(raw[i] for i in k.claim_ids.split("|"))) for k in checks], \
        [(f.rule, sorted(raw[i] for i in f.claim_ids.split("|"))) for f in flags]
