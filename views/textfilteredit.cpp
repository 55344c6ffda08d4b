#include "textfilteredit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

TextFilterEdit::TextFilterEdit(const CallFilter::TextParameter &parameter, const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_key(QString::fromUtf16(parameter.key))
    , m_edit(new QLineEdit(this))
    , m_negate(new QCheckBox(tr("not"), this))
    , m_error(new QLabel(this))
{
    setObjectName(m_key + u"Filter"_s);
    m_edit->setObjectName(m_key + u"Edit"_s);
    m_edit->setAccessibleName(label);
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(parameter.numbers
                           ? tr("Several numbers separated by commas match any of them. A pattern starting with _ "
                                "is an Asterisk dial pattern (X = 0-9, Z = 1-9, N = 2-9, [1-5], . = anything more).")
                           : tr("Several values separated by commas match any of them."));
    m_negate->setObjectName(m_key + u"Not"_s);
    m_negate->setAccessibleName(tr("Not %1").arg(label));
    m_negate->setToolTip(tr("Show the calls that do NOT match"));
    m_error->setObjectName(m_key + u"Error"_s);
    m_error->setAccessibleName(tr("Problem with %1").arg(label));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b"_s);
    m_error->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    if (*parameter.matchKey) {
        m_match = new QComboBox(this);
        m_match->setObjectName(m_key + u"Match"_s);
        m_match->setAccessibleName(tr("How %1 matches").arg(label));
        m_match->addItem(tr("contains"), int(MatchMode::Contains));
        m_match->addItem(tr("starts with"), int(MatchMode::Start));
        m_match->addItem(tr("ends with"), int(MatchMode::End));
        m_match->addItem(tr("is exactly"), int(MatchMode::Exact));
        layout->addWidget(m_match, 0, 1);
        connect(m_match, &QComboBox::currentIndexChanged, this, &TextFilterEdit::edited);
    }
    layout->addWidget(m_negate, 0, 2);
    layout->addWidget(m_error, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &TextFilterEdit::edited);
    connect(m_edit, &QLineEdit::returnPressed, this, &TextFilterEdit::returnPressed);
    connect(m_negate, &QCheckBox::toggled, this, &TextFilterEdit::edited);
}

TextFilter TextFilterEdit::value() const
{
    TextFilter filter;
    filter.values = CallFilter::splitValues(m_edit->text());
    filter.match = m_match ? MatchMode(m_match->currentData().toInt()) : MatchMode::Contains;
    filter.negate = m_negate->isChecked();
    return filter;
}

void TextFilterEdit::setValue(const TextFilter &value)
{
    // As joinValues() writes them, with a space after each separating comma for the eye.
    QStringList escaped;
    for (const QString &text : value.values)
        escaped.append(QString(text).replace(u","_s, u",,"_s));
    m_edit->setText(escaped.join(u", "_s));
    if (m_match)
        m_match->setCurrentIndex(m_match->findData(int(value.match)));
    m_negate->setChecked(value.negate);
}

void TextFilterEdit::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString TextFilterEdit::error() const
{
    return m_error->text();
}

void TextFilterEdit::setSuggestions(const QStringList &words)
{
    delete m_edit->completer();  // the one set before (a child of the edit)
    auto *completer = new QCompleter(words, m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_edit->setCompleter(completer);
}
