#include "form_draft.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVariantMap>

namespace saggar::ui {
namespace {

QString settingsKey(const QString& key)
{
    return QStringLiteral("drafts/") + key;
}

} // namespace

FormDraft::FormDraft(const QString& key, QWidget* form, QObject* parent)
    : QObject(parent), m_key(key), m_form(form)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &FormDraft::saveNow);
    auto changed = [this] {
        if (!m_restoring)
            m_debounce.start();
    };
    for (auto* e : form->findChildren<QLineEdit*>())
        if (!e->objectName().isEmpty() && !e->objectName().startsWith(QLatin1String("qt_")))
            connect(e, &QLineEdit::textEdited, this, changed);
    for (auto* e : form->findChildren<QPlainTextEdit*>())
        if (!e->objectName().isEmpty())
            connect(e, &QPlainTextEdit::textChanged, this, changed);
    for (auto* e : form->findChildren<QComboBox*>())
        if (!e->objectName().isEmpty())
            connect(e, &QComboBox::currentIndexChanged, this, changed);
    for (auto* e : form->findChildren<QSpinBox*>())
        if (!e->objectName().isEmpty())
            connect(e, &QSpinBox::valueChanged, this, changed);
    for (auto* e : form->findChildren<QDoubleSpinBox*>())
        if (!e->objectName().isEmpty())
            connect(e, &QDoubleSpinBox::valueChanged, this, changed);
}

void FormDraft::saveNow()
{
    m_debounce.stop();
    QVariantMap values;
    for (auto* e : m_form->findChildren<QLineEdit*>())
        if (!e->objectName().isEmpty() && !e->objectName().startsWith(QLatin1String("qt_")))
            values.insert(e->objectName(), e->text());
    for (auto* e : m_form->findChildren<QPlainTextEdit*>())
        if (!e->objectName().isEmpty())
            values.insert(e->objectName(), e->toPlainText());
    for (auto* e : m_form->findChildren<QComboBox*>())
        if (!e->objectName().isEmpty())
            values.insert(e->objectName(), e->currentIndex());
    for (auto* e : m_form->findChildren<QSpinBox*>())
        if (!e->objectName().isEmpty())
            values.insert(e->objectName(), e->value());
    for (auto* e : m_form->findChildren<QDoubleSpinBox*>())
        if (!e->objectName().isEmpty())
            values.insert(e->objectName(), e->value());
    QSettings settings;
    settings.setValue(settingsKey(m_key), values);
    settings.sync(); // on disk now: a crash after this keeps the typing
}

bool FormDraft::restore()
{
    const QVariantMap values = QSettings().value(settingsKey(m_key)).toMap();
    if (values.isEmpty())
        return false;
    m_restoring = true;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        QWidget* w = m_form->findChild<QWidget*>(it.key());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            e->setText(it.value().toString());
        else if (auto* t = qobject_cast<QPlainTextEdit*>(w))
            t->setPlainText(it.value().toString());
        else if (auto* c = qobject_cast<QComboBox*>(w))
            c->setCurrentIndex(it.value().toInt());
        else if (auto* s = qobject_cast<QSpinBox*>(w))
            s->setValue(it.value().toInt());
        else if (auto* d = qobject_cast<QDoubleSpinBox*>(w))
            d->setValue(it.value().toDouble());
    }
    m_restoring = false;
    return true;
}

void FormDraft::clear()
{
    m_debounce.stop();
    QSettings settings;
    settings.remove(settingsKey(m_key));
    settings.sync();
}

} // namespace saggar::ui
