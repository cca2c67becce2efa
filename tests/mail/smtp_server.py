#!/usr/bin/python3
"""A throw-away SMTP server for the tests, on loopback only (Debian's python3-aiosmtpd).

It offers STARTTLS with the given certificate and requires it, then AUTH (PLAIN or LOGIN) with one user and
password, and keeps every message it accepts, byte for byte, in a Maildir. It prints "ready PORT" once it
listens and stops on SIGTERM. Started and stopped by the tests (tests/integration/tst_mail.cpp).

    smtp_server.py --maildir DIR --cert CERT --key KEY --user U --password P [--port N]
"""
import argparse
import mailbox
import os
import signal
import ssl
import threading
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Keep:
    def __init__(self, folder):
        self.box = mailbox.Maildir(folder, create=True)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@refuse.example"):  # a mailbox that does not exist
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.box.add(envelope.original_content)
        return "250 Message accepted"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
              and auth_data.password == password.encode())
        return AuthResult(success=ok, handled=False)
    return check


def main():
    warnings.filterwarnings("ignore", message="Session.login_data")  # aiosmtpd 1.4's own deprecation
    parser = argparse.ArgumentParser()
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    controller = Controller(Keep(args.maildir), hostname="127.0.0.1", port=args.port or 8025,
                            tls_context=context, require_starttls=True,
                            authenticator=authenticator(args.user, args.password), auth_require_tls=True)
    if args.port == 0:  # any free port: bind one first, then serve on it
        import socket
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            controller.port = s.getsockname()[1]
    controller.start()
    print("ready", controller.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    # A test that crashes never stops its server: the server stops when its parent is gone, so that nothing
    # is left holding ctest's output open.
    parent = os.getppid()
    while not stop.wait(0.5):
        if os.getppid() != parent:
            break
    controller.stop()


if __name__ == "__main__":
    main()
