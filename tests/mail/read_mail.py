#!/usr/bin/python3
"""Reads what the test SMTP server received, with Python's own MIME parser (email package), as a family's
mail program would: one JSON object per message, sorted by Message-ID, with the decoded headers, the text and
each attachment (its name, type and, for a PDF, the text pdftotext extracts).

    read_mail.py MAILDIR
"""
import email
import email.policy
import json
import mailbox
import subprocess
import sys
import tempfile


def main():
    out = []
    box = mailbox.Maildir(sys.argv[1], create=False)
    for key in box.keys():
        with box.get_file(key) as f:  # the bytes as received (re-serialising would refold the headers)
            data = f.read()
        raw = email.message_from_bytes(data)
        message = email.message_from_bytes(data, policy=email.policy.default)
        item = {
            "subject": str(message["Subject"]),
            "raw_subject": raw.get("Subject", ""),  # as it travelled: RFC 2047 encoded words
            "from": str(message["From"]),
            "to": str(message["To"]),
            "reply_to": str(message["Reply-To"] or ""),
            "message_id": str(message["Message-ID"]),
            "date": str(message["Date"]),
            "text": "",
            "attachments": [],
        }
        body = message.get_body(preferencelist=("plain",))
        if body is not None:
            item["text"] = body.get_content()
        for part in message.iter_attachments():
            data = part.get_payload(decode=True)
            entry = {"name": part.get_filename(), "type": part.get_content_type(), "size": len(data)}
            if part.get_content_type() == "application/pdf":
                with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
                    pdf.write(data)
                    pdf.flush()
                    entry["text"] = subprocess.run(["pdftotext", "-layout", pdf.name, "-"], capture_output=True,
                                                   text=True).stdout
            item["attachments"].append(entry)
        out.append(item)
    out.sort(key=lambda m: m["message_id"])
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
