// A SyncTransport that signs in to the bank server with the workstation user's login and password
// (POST /api/v1/auth/sign-in) and sends the token it gets as `Authorization: Bearer` on every request.
// When the server answers 401 because the token expired or was not accepted, it signs in again once
// and repeats the request. The credentials live only in this object's memory, for as long as the user
// stays signed in to the workstation; nothing is written to disk.
#pragma once

#include "sync_transport.h"

#include <memory>
#include <string>

namespace saggar {

class SignedInTransport : public SyncTransport
{
public:
    SignedInTransport(std::unique_ptr<SyncTransport> inner, std::string login, std::string password);
    ~SignedInTransport() override;

    // A transport error (no answer) is returned as is. A refused sign-in is returned as the server's
    // 401 reply (so the engine keeps the edit and retries later); the request was not sent then.
    Result<SyncReply> exchange(const SyncRequest& request) override;

    bool signedIn() const { return !m_token.empty(); }
    // The current token, signing in first when there is none (for a connection that is not an exchange,
    // such as the live telemetry WebSocket). forgetToken() after the server refused it.
    Result<std::string> token();
    void forgetToken() { m_token.clear(); }

private:
    Result<SyncReply> signIn();

    std::unique_ptr<SyncTransport> m_inner;
    std::string m_login;
    std::string m_password;
    std::string m_token;
};

} // namespace saggar
