#include "domain/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <limits>

using namespace capacita;

namespace {

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

TEST_CASE("JsonText writes strings and numbers as QJsonDocument writes them")
{
    // Every character below 0x20, the two that are escaped above it, and text around them.
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    const QStringList texts{QString(), QStringLiteral("plain"), controls, QStringLiteral("\"quoted\" \\ back\\slash"),
        QStringLiteral("Ñuñoa, São Tomé, 中文, 🙂"), QStringLiteral("line\nbreak\tand\rreturn at the end\n"),
        QString(500, QLatin1Char('x')) + QStringLiteral("\"") + QString(500, QLatin1Char('y'))};
    for (const QString &text : texts) {
        INFO(text.toStdString());
        CHECK(JsonText(1).raw(u'[').string(text).raw(u']').take() == compact(QJsonArray{text}));
    }
    for (const qint64 n : {qint64(0), qint64(7), qint64(-42), qint64(1) << 53, -(qint64(1) << 53)}) {
        CHECK(JsonText().raw(u'[').number(n).raw(u']').take() == compact(QJsonArray{n}));
    }
    // Beyond 2^53 QJsonValue turns to double; the text is the integer's own.
    CHECK(JsonText().number(std::numeric_limits<qint64>::min()).take() == QStringLiteral("-9223372036854775808"));
    CHECK(JsonText().number(std::numeric_limits<qint64>::max()).take() == QStringLiteral("9223372036854775807"));
    for (const double d : {0.0, -0.0, 20.0, 9.5, -3.25, 0.1, 1.0 / 3.0, 1e20, 123456789012345.0}) {
        INFO(d);
        CHECK(JsonText().number(d).take() == QString::number(d, 'g', 17));
    }
    CHECK(JsonText().number(std::numeric_limits<double>::infinity()).take() == QStringLiteral("null"));
    CHECK(JsonText().hex16(0x0123456789abcdefULL).take() == QStringLiteral("\"0123456789abcdef\""));
    CHECK(JsonText().hex16(0x2a).take() == QStringLiteral("\"000000000000002a\""));
}

TEST_CASE("JsonText grows past the size it expected, and is empty after take()")
{
    JsonText out(1);
    out.raw(u'{');
    for (int i = 0; i < 200; ++i) {
        if (i > 0)
            out.raw(u',');
        out.string(QStringLiteral("field%1").arg(i)).raw(u':').number(qint64(i));
    }
    out.raw(u'}');
    const QString text = out.take();
    const QJsonObject parsed = QJsonDocument::fromJson(text.toUtf8()).object();
    REQUIRE(parsed.size() == 200);
    CHECK(parsed.value(QStringLiteral("field199")).toInt() == 199);
    CHECK(out.size() == 0);
    CHECK(out.raw("again").take() == QStringLiteral("again"));
}
