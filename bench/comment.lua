-- Comments on one ticket, as staff (public replies).
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Content-Type"] = "application/json"
wrk.path = "/api/v1/tickets/" .. os.getenv("TICKET") .. "/comments"
wrk.body = '{"body":"We are looking into it."}'
