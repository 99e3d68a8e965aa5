#include "providers/protocol/retryhint.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Confer::RetryHint
{

namespace
{
std::optional<double> parseNumber(QByteArrayView value)
{
    if (value.isEmpty()) {
        return std::nullopt;
    }
    for (char c : value) {
        if (!((c >= '0' && c <= '9') || c == '.')) {
            return std::nullopt;
        }
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        return std::nullopt;
    }
    return number;
}

qint64 roundMs(double ms)
{
    return std::max<qint64>(0, qint64(std::ceil(ms)));
}

std::optional<QDateTime> parseHttpDate(const QString &text)
{
    // RFC 9110 allows IMF-fixdate and two obsolete forms; all are in English.
    static const QLatin1String formats[] = {
        QLatin1String("ddd, dd MMM yyyy HH:mm:ss 'GMT'"),
        QLatin1String("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
        QLatin1String("ddd MMM d HH:mm:ss yyyy"),
    };
    const QLocale c = QLocale::c();
    const QString simplified = text.simplified();
    for (const QLatin1String &format : formats) {
        QDateTime parsed = c.toDateTime(simplified, format);
        if (parsed.isValid()) {
            parsed.setTimeZone(QTimeZone::UTC);
            if (parsed.date().year() < 1970) {
                parsed = parsed.addYears(100); // two-digit years of the RFC 850 form
            }
            return parsed;
        }
    }
    return std::nullopt;
}

QByteArray headerValue(const RawHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value.trimmed();
        }
    }
    return {};
}
}

std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    value = value.trimmed();
    if (const auto seconds = parseNumber(value)) {
        return roundMs(*seconds * 1000.0);
    }
    if (const auto date = parseHttpDate(QString::fromLatin1(value))) {
        return std::max<qint64>(0, now.msecsTo(*date));
    }
    return std::nullopt;
}

std::optional<qint64> parseDuration(QByteArrayView value)
{
    value = value.trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    double totalMs = 0;
    qsizetype i = 0;
    while (i < value.size()) {
        const qsizetype numberStart = i;
        while (i < value.size() && ((value[i] >= '0' && value[i] <= '9') || value[i] == '.')) {
            ++i;
        }
        const auto number = parseNumber(value.sliced(numberStart, i - numberStart));
        const qsizetype unitStart = i;
        while (i < value.size() && ((value[i] >= 'a' && value[i] <= 'z') || value[i] == '\xC2' || value[i] == '\xB5')) {
            ++i;
        }
        const QByteArrayView unit = value.sliced(unitStart, i - unitStart);
        if (!number) {
            return std::nullopt;
        }
        double factor = 0;
        if (unit == "h") {
            factor = 3600'000.0;
        } else if (unit == "m") {
            factor = 60'000.0;
        } else if (unit == "s") {
            factor = 1000.0;
        } else if (unit == "ms") {
            factor = 1.0;
        } else if (unit == "us" || unit == "\xC2\xB5s") {
            factor = 0.001;
        } else if (unit == "ns") {
            factor = 0.000001;
        } else {
            return std::nullopt;
        }
        totalMs += *number * factor;
    }
    return roundMs(totalMs);
}

std::optional<qint64> parseResetValue(QByteArrayView value, const QDateTime &now)
{
    value = value.trimmed();
    if (const auto number = parseNumber(value)) {
        if (*number >= 1e12) { // epoch milliseconds (OpenRouter)
            return std::max<qint64>(0, qint64(*number) - now.toMSecsSinceEpoch());
        }
        if (*number >= 1e9) { // epoch seconds
            return std::max<qint64>(0, qint64(*number * 1000.0) - now.toMSecsSinceEpoch());
        }
        return roundMs(*number * 1000.0);
    }
    if (const auto duration = parseDuration(value)) {
        return duration;
    }
    const QDateTime moment = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs);
    if (moment.isValid()) {
        return std::max<qint64>(0, now.msecsTo(moment));
    }
    return std::nullopt;
}

std::optional<qint64> fromHeaders(const RawHeaders &headers, const QDateTime &now, bool rateLimited)
{
    if (const auto ms = parseNumber(headerValue(headers, "retry-after-ms"))) {
        return roundMs(*ms);
    }
    if (const QByteArray retryAfter = headerValue(headers, "retry-after"); !retryAfter.isEmpty()) {
        if (const auto ms = parseRetryAfter(retryAfter, now)) {
            return ms;
        }
    }
    if (!rateLimited) {
        return std::nullopt;
    }
    std::optional<qint64> latest;
    for (const char *name : {"x-ratelimit-reset-requests", "x-ratelimit-reset-tokens", "x-ratelimit-reset"}) {
        const QByteArray value = headerValue(headers, name);
        if (value.isEmpty()) {
            continue;
        }
        if (const auto ms = parseResetValue(value, now)) {
            latest = std::max(latest.value_or(0), *ms);
        }
    }
    return latest;
}

std::optional<qint64> fromGoogleErrorDetails(const QJsonValue &details)
{
    const QJsonArray entries = details.toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QString delay = object.value(QLatin1String("retryDelay")).toString();
        if (!delay.isEmpty()) {
            if (const auto ms = parseDuration(delay.toLatin1())) {
                return ms;
            }
        }
    }
    return std::nullopt;
}

}
