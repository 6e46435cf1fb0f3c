"""A page of an outsider packet drawn again by its generator, read alone as the pipeline reads it: first reading,
second looks, classification and the document readers."""
import json
import shutil
from pathlib import Path

from precheck.core.model import Document
from precheck.ingest.packet import as_packet
from precheck.ingest.pages import iter_pages
from precheck.pipeline.second_look import Rereader
from precheck.pipeline.stages import _read_page, classify_pages, extract_documents


def truth_field(folder: Path, packet: str, doc_type: str, field: str):
    truth = json.loads((folder / f"{packet}.truth.json").read_text(encoding="utf-8"))
    return next(d["fields"][field] for d in truth["documents"] if d["type"] == doc_type)


def read_alone(engine, folder: Path, packet: str, file: str) -> list[Document]:
    alone = folder / "alone"
    alone.mkdir()
    shutil.copy(folder / packet / file, alone / file)
    rereader, pages = Rereader(engine), []
    for item in iter_pages(as_packet(alone)):
        page, _, grey_seals = _read_page(item, engine)
        rereader.add_page(page.ref, item.load_image, page.rotation, grey_seals)
        pages.append(page)
    documents, _ = extract_documents(classify_pages(pages), rereader)
    return documents
