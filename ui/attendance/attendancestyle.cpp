#include "attendance/attendancestyle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace capacita::attendancestyle {

namespace {
// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("capacita::attendancestyle", text, comment);
}
} // namespace

const QStringList &statuses()
{
    static const QStringList all { u"present"_s, u"late"_s, u"excused"_s, u"absent"_s };
    return all;
}

QString letter(const QString &status)
{
    if (status == u"present"_s)
        return tr("P", "one-letter attendance mark: present (Spanish: P)");
    if (status == u"late"_s)
        return tr("L", "one-letter attendance mark: late (Spanish: T, tarde)");
    if (status == u"excused"_s)
        return tr("E", "one-letter attendance mark: excused (Spanish: J, justificado)");
    if (status == u"absent"_s)
        return tr("A", "one-letter attendance mark: absent (Spanish: A)");
    return {};
}

QString name(const QString &status)
{
    if (status == u"present"_s)
        return tr("Present");
    if (status == u"late"_s)
        return tr("Late");
    if (status == u"excused"_s)
        return tr("Excused");
    if (status == u"absent"_s)
        return tr("Absent");
    return {};
}

QColor background(const QString &status)
{
    if (status == u"present"_s)
        return QColor(0xC8, 0xE6, 0xC9);
    if (status == u"late"_s)
        return QColor(0xFF, 0xE0, 0xB2);
    if (status == u"excused"_s)
        return QColor(0xBB, 0xDE, 0xFB);
    if (status == u"absent"_s)
        return QColor(0xFF, 0xCD, 0xD2);
    return {};
}

QColor foreground(const QString &status)
{
    if (status == u"present"_s)
        return QColor(0x1B, 0x5E, 0x20);
    if (status == u"late"_s)
        return QColor(0x7A, 0x41, 0x00);
    if (status == u"excused"_s)
        return QColor(0x0D, 0x47, 0xA1);
    if (status == u"absent"_s)
        return QColor(0xB7, 0x1C, 0x1C);
    return {};
}

std::optional<QString> statusForKey(int key)
{
    switch (key) {
    case Qt::Key_P:
        return u"present"_s;
    case Qt::Key_T:
    case Qt::Key_L:
        return u"late"_s;
    case Qt::Key_J:
    case Qt::Key_E:
        return u"excused"_s;
    case Qt::Key_A:
        return u"absent"_s;
    default:
        return std::nullopt;
    }
}

QString nextInCycle(const QString &status)
{
    if (status == u"present"_s)
        return u"absent"_s;
    if (status == u"absent"_s)
        return u"late"_s;
    if (status == u"late"_s)
        return u"excused"_s;
    return u"present"_s; // from none and from excused
}

} // namespace capacita::attendancestyle
