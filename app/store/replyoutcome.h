#pragma once

#include "providers/network/chatjob.h"
#include "store/storetypes.h"

namespace Confer::Store
{

// How a finished answer is stored, the same for the window and the command line.
// A connection lost or stalled after text arrived cut the answer off: it is
// kept as interrupted. Any other failure is an error.
MessageStatus replyStatusOf(const ChatResult &result);
ReplyMetrics replyMetricsOf(const ChatMetrics &metrics);

}
