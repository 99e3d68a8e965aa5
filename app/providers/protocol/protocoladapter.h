#pragma once

#include "providers/chattypes.h"

#include <QByteArrayView>

#include <memory>

namespace Confer
{

// Turns a streamed response body into typed events, however the bytes are
// split across reads. One decoder per response.
class StreamDecoder
{
public:
    virtual ~StreamDecoder() = default;

    // Feeds the next bytes of the body; returns the events they complete.
    virtual QList<StreamEvent> feed(QByteArrayView bytes) = 0;

    // The body has ended: flushes what is pending. A stream that ends without
    // its protocol's end marker yields an Error event of kind Network
    // ("the connection closed before the answer was complete").
    virtual QList<StreamEvent> finish() = 0;
};

// One wire protocol: how to ask for a streamed chat answer and a model list,
// and how to read what comes back. Stateless; pure functions of their inputs.
class ProtocolAdapter
{
public:
    virtual ~ProtocolAdapter() = default;

    virtual Protocol protocol() const = 0;

    virtual HttpRequestSpec chatRequest(const ProviderEndpoint &endpoint, const ChatRequest &request) const = 0;
    virtual std::unique_ptr<StreamDecoder> newStreamDecoder() const = 0;

    // An HTTP error response (status >= 400) before any answer byte.
    virtual ProviderError parseHttpError(int httpStatus, const RawHeaders &headers, const QByteArray &body) const = 0;

    // pageToken is empty for the first page.
    virtual HttpRequestSpec modelsRequest(const ProviderEndpoint &endpoint, const QString &pageToken) const = 0;
    // Only models that can chat. Throws nothing: a malformed body gives an empty page and *error set.
    virtual ModelPage parseModels(const QByteArray &body, QString *error) const = 0;

    static const ProtocolAdapter &forProtocol(Protocol protocol);
};

}
