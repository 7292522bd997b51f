// A refusal's Phrase (core/phrase.h) as the user reads it: the sentence and every value in it (states,
// roles, documents, assets, amounts, lists) in the language of the screen.
#pragma once

#include "core/phrase.h"

#include <QCoreApplication>
#include <QString>

namespace saggar::ui {

class PhraseText
{
    Q_DECLARE_TR_FUNCTIONS(PhraseText)
public:
    static QString text(const Phrase& phrase);
    // The sentence's wording with %1…%9 for its arguments; its English source is core's template.
    static QString sentence(Sentence s);
    // What an action does, as a phrase that follows "cannot" or "only … can".
    static QString action(WorkflowAction a);
};

} // namespace saggar::ui
