"""Miljömålsdashboarden: the entrypoint. A router and a frame, nothing more."""

from ui.frame import draw_frame, finish_frame
from ui.state import frame_running

page = draw_frame()
with frame_running():
    page.run()
finish_frame()
