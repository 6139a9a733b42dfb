"""Miljömålsdashboarden: the entrypoint. A router and a frame, nothing more.

``streamlit run app.py`` imports this file once at start-up, finds ``app`` and serves it
(``st.App``); every session then runs this file as its script, which draws the frame and runs
the page that the navigation chose.
"""

import streamlit as st

if __name__ == "__main__":  # a session's script run
    from ui.frame import run_app

    run_app()
else:  # imported once by the server, before any session
    from starlette.middleware import Middleware

    from ui.not_found import PageNotFoundMiddleware
    from ui.server import lifespan

    app = st.App(__file__, lifespan=lifespan, middleware=[Middleware(PageNotFoundMiddleware)])
