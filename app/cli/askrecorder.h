#pragma once

#include "providers/network/chatjob.h"
#include "store/conversationstore.h"
#include "store/replywriter.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Confer
{
class Profile;
}

namespace Confer::Cli
{

// Saves what `confer ask` sends and hears in the profile's conversation store:
// one conversation with a lane per model, each answer written as it streams.
// A failed save never costs the answer: the caller keeps printing and reports
// errorMessage() (or the writeFailed callback) once.
class AskRecorder
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Cli::AskRecorder)

public:
    // One model of this ask. begin() completes the request with the lane's
    // stored parameters (where the command line gave none) and its history.
    struct Seat {
        QString model; // PROVIDER/MODEL
        ChatRequest request;
    };

    AskRecorder();
    ~AskRecorder();

    bool open(const Profile &profile);
    bool isOpen() const { return m_store != nullptr; }

    // The models of a stored conversation's lanes; nullopt when there is no
    // such conversation (or it is in the trash).
    std::optional<QStringList> laneModels(qint64 conversationId);

    // Creates the conversation (or continues conversationId), stores the
    // prompt and one streaming reply per seat, all in one transaction, and
    // fills each seat's request with what its lane sends now.
    std::optional<qint64> begin(std::optional<qint64> conversationId, const QString &prompt,
        const QString &systemPrompt, std::vector<Seat> &seats);

    // Saves seat's answer from job as it streams; failed is called on every
    // failed write (the writer keeps the text and retries).
    void record(std::size_t seat, ChatJob *job, const std::function<void(const QString &)> &failed);

    // Writes whatever is still unsaved; false when something could not be.
    bool flush();

    QString errorMessage() const { return m_error; }

    // How a finished answer is stored: a stream that broke off (dropped
    // connection, inactivity timeout) after text arrived is interrupted, not
    // merely failed, so its partial text counts as history.
    static Store::MessageStatus statusOf(const ChatResult &result);
    static Store::ReplyMetrics metricsOf(const ChatMetrics &metrics);

private:
    std::optional<qint64> seatLane(qint64 conversationId, Seat &seat, QList<Store::Lane> &unclaimed);
    bool fail();

    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::ConversationStore> m_store;
    std::vector<std::unique_ptr<Store::ReplyWriter>> m_writers; // by seat
    QString m_error;
};

}
