#pragma once

class QScrollArea;

namespace capacita {

// Keeps the forms inside a scroll area readable when it is narrow (150 % scaling on a small
// laptop, a splitter pulled aside): below the width where a label and a usable field fit side
// by side, every field goes under its label, so the form needs no sideways scrolling.
void stackFormsWhenNarrow(QScrollArea *scroll);

} // namespace capacita
