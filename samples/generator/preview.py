"""Write one PNG per document type and layout, for looking at: python -m samples.generator.preview OUT_DIR"""
import random
import sys
from pathlib import Path

from samples.generator import DOC_TYPES, list_layouts, make_person, render_document

out = Path(sys.argv[1] if len(sys.argv) > 1 else "preview")
out.mkdir(parents=True, exist_ok=True)
rng = random.Random(1)
person = make_person(rng)
for doc_type in DOC_TYPES:
    for layout in list_layouts(doc_type):
        doc = render_document(doc_type, person, rng, layout=layout)
        for number, page in enumerate(doc.pages, 1):
            page.convert("RGB").resize((page.width // 3, page.height // 3)).save(out / f"{doc_type}-{layout}-{number}.png")
print(f"written to {out}")
